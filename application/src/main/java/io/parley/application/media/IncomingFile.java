package io.parley.application.media;

import java.io.InputStream;

/** One uploaded file as it arrives: the client's name for it (a hint for display, never trusted) and its bytes. */
public record IncomingFile(String originalName, InputStream content) {}
