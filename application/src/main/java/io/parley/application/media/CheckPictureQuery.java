package io.parley.application.media;

/** A file that is meant to become a picture once its user or group exists. */
public record CheckPictureQuery(IncomingFile file) {}
