package io.parley.application.group;

/** Deletes a group with its messages. */
public interface DeleteGroupUseCase {
    void delete(DeleteGroupCommand command);
}
