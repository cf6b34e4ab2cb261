package io.parley.application.group;

import io.parley.application.model.GroupView;
import io.parley.application.model.ParticipantView;
import java.util.List;

/** A group with its members, longest-standing first. */
public record GroupDetails(GroupView group, List<ParticipantView> members) {}
