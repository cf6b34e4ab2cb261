package io.parley.application.message;

/** Tells a reconnecting member every change they missed, or that there is a gap to reload. */
public interface CatchUpUseCase {
    CatchUp catchUp(CatchUpQuery query);
}
