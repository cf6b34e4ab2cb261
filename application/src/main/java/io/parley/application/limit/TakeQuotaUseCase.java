package io.parley.application.limit;

/** Counts an action against its rate limit before the action is looked at. */
public interface TakeQuotaUseCase {
    /** Takes the amount from the subject's quota, or throws {@link QuotaExceededException} and takes nothing. */
    void take(TakeQuotaCommand command);
}
