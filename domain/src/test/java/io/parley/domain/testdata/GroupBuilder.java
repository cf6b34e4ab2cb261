package io.parley.domain.testdata;

import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.Group;
import io.parley.domain.chat.GroupDescription;
import io.parley.domain.chat.GroupName;
import io.parley.domain.chat.Member;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test groups: {@code aGroup().ownedBy(ALICE).with(BOB, CAROL).build(id)}. The owner joins when the group starts,
 * the other members one second apart in the order given, so the first one named is the longest-standing member.
 */
public final class GroupBuilder {
    public static final Instant STARTED = Instant.parse("2026-03-04T05:06:07.123456Z");
    public static final Duration JOIN_INTERVAL = Duration.ofSeconds(1);
    private UserId owner = UserId.of(1);
    private final List<UserId> members = new ArrayList<>();
    private String name = "Team";
    private String description = "";
    private Instant startedAt = STARTED;

    private GroupBuilder() {}

    public static GroupBuilder aGroup() {
        return new GroupBuilder();
    }

    public GroupBuilder ownedBy(UserId owner) {
        this.owner = owner;
        return this;
    }

    /** Members besides the owner, from the longest-standing to the newest. */
    public GroupBuilder with(UserId... members) {
        this.members.addAll(Arrays.asList(members));
        return this;
    }

    public GroupBuilder named(String name) {
        this.name = name;
        return this;
    }

    public GroupBuilder describedAs(String description) {
        this.description = description;
        return this;
    }

    public GroupBuilder startedAt(Instant startedAt) {
        this.startedAt = startedAt;
        return this;
    }

    /** When the {@code n}-th member named in {@link #with} joined (the first one is 1). */
    public static Instant joinedAt(Instant startedAt, int n) {
        return startedAt.plus(JOIN_INTERVAL.multipliedBy(n));
    }

    public Group build(ChatId id) {
        List<Member> all = new ArrayList<>();
        all.add(new Member(owner, MemberRole.OWNER, startedAt));
        for (int i = 0; i < members.size(); i++) {
            all.add(new Member(members.get(i), MemberRole.MEMBER, joinedAt(startedAt, i + 1)));
        }
        return Group.rehydrate(id, GroupName.of(name), GroupDescription.of(description), all, startedAt);
    }

    public Group build(long id) {
        return build(ChatId.of(id));
    }
}
