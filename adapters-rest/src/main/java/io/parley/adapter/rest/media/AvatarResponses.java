package io.parley.adapter.rest.media;

import io.parley.application.media.IncomingFile;
import io.parley.domain.DomainException;
import java.util.List;

/** The one file of a picture upload. */
final class AvatarResponses {
    private AvatarResponses() {}

    static IncomingFile single(List<IncomingFile> files) {
        if (files.size() != 1) {
            throw DomainException.invalid("media.one_file_expected", "send exactly one picture, in the photo part");
        }
        return files.get(0);
    }
}
