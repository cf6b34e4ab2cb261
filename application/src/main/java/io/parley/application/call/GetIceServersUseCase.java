package io.parley.application.call;

import io.parley.domain.user.UserId;

/** Hands a logged-in user the ICE servers to call with, minting short-lived TURN credentials when configured. */
public interface GetIceServersUseCase {
    IceServers iceServers(UserId actor);
}
