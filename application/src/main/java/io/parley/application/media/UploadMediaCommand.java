package io.parley.application.media;

import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;
import java.util.List;

/** A member uploads files into a conversation through one of seed 000's upload endpoints. */
public record UploadMediaCommand(UserId actor, ChatAddress chat, UploadTarget target, List<IncomingFile> files) {
    /** How many files one request may carry. */
    public static final int MAX_FILES = 10;

    public UploadMediaCommand {
        files = files == null ? List.of() : List.copyOf(files);
        if (files.isEmpty()) {
            throw DomainException.invalid("media.no_files", "send the files as multipart parts (e.g. photos)");
        }
        if (target != null && target.singleFile() && files.size() != 1) {
            throw DomainException.invalid("media.one_file_expected", "a voice or video message is exactly one file");
        }
        if (files.size() > MAX_FILES) {
            throw DomainException.invalid("media.too_many_files", "at most " + MAX_FILES + " files per request");
        }
    }
}
