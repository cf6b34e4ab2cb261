package io.parley.application.group;

/** Makes another member the owner of a group. */
public interface TransferGroupOwnershipUseCase {
    GroupView transfer(TransferGroupOwnershipCommand command);
}
