package io.parley.application.search;

/** Full-text search over the messages of the conversations a user belongs to. */
public interface SearchMessagesUseCase {
    /** A page of matches, newest first; a conversation the actor is not in is "not found", a bad query a 400. */
    SearchResults search(SearchMessagesQuery query);
}
