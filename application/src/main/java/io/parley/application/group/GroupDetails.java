package io.parley.application.group;

import io.parley.application.chat.ParticipantView;
import java.util.List;

/** A group with its members, longest-standing first. */
public record GroupDetails(GroupView group, List<ParticipantView> members) {
}
