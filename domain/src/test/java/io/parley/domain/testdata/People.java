package io.parley.domain.testdata;

import io.parley.domain.user.UserId;

/** Well-known user ids for domain tests; a smaller id sorts first. */
public final class People {
    public static final UserId ALICE = UserId.of(1);
    public static final UserId BOB = UserId.of(2);
    public static final UserId CAROL = UserId.of(3);
    public static final UserId DAVE = UserId.of(4);
    public static final UserId ERIN = UserId.of(5);

    private People() {}
}
