package io.parley.application.group;

import io.parley.application.model.GroupView;

/** Makes another member the owner of a group. */
public interface TransferGroupOwnershipUseCase {
    GroupView transfer(TransferGroupOwnershipCommand command);
}
