package io.parley.application.group;

import io.parley.application.model.InviteLinkView;
import java.util.List;

/** A group's owner and admins create, list and revoke its invite links. */
public interface ManageInviteLinksUseCase {
    /** A new link; outsiders get "not found", plain members "forbidden". */
    InviteLinkView create(ManageInviteLinksCommand command);

    /** The group's links, newest first, usable or not. */
    List<InviteLinkView> list(ManageInviteLinksCommand command);

    /** Revokes a link of the group; revoking it again changes nothing. */
    InviteLinkView revoke(ManageInviteLinksCommand command);
}
