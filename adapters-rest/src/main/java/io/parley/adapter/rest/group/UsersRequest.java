package io.parley.adapter.rest.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Body of {@code POST …/add} and {@code DELETE …/delete}: {@code {"users": [{"id": 1}]}}. */
@Serdeable
public record UsersRequest(@Nullable List<UserRef> users) {}
