package io.parley.application.presence;

import io.parley.application.profile.UserView;
import java.util.List;

/** Lists the users who share a conversation with the actor and are online now, by name. */
public interface ListOnlineContactsUseCase {
    List<UserView> online(ListOnlineContactsQuery query);
}
