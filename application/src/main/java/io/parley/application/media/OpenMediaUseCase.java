package io.parley.application.media;

/** Gives a member a conversation's file to read; outsiders and unknown names get "not found". */
public interface OpenMediaUseCase {
    MediaContent open(OpenMediaQuery query);
}
