package io.parley.application.fake;

import io.parley.application.model.MediaFile;
import io.parley.application.port.MediaRepository;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.StoredName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Media metadata in a list, with the database's uniqueness rule. */
public final class InMemoryMediaRepository implements MediaRepository {
    private final AtomicLong ids = new AtomicLong();
    private final List<MediaFile> files = new ArrayList<>();

    @Override
    public long nextMediaId() {
        return ids.incrementAndGet();
    }

    @Override
    public synchronized void add(MediaFile file) {
        if (find(file.owner(), file.kind(), file.name()).isPresent()) {
            throw new IllegalStateException("media name " + file.name().value() + " is taken");
        }
        files.add(file);
    }

    @Override
    public synchronized Optional<MediaFile> find(MediaOwner owner, MediaKind kind, StoredName name) {
        return files.stream()
                .filter(f ->
                        f.owner().equals(owner) && f.kind() == kind && f.name().equals(name))
                .findFirst();
    }

    @Override
    public synchronized List<MediaFile> list(MediaOwner owner, Set<MediaKind> kinds, int limit, long offset) {
        return files.stream()
                .filter(f -> f.owner().equals(owner) && kinds.contains(f.kind()))
                .sorted(Comparator.comparing(MediaFile::createdAt)
                        .thenComparingLong(MediaFile::id)
                        .reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean delete(MediaFile file) {
        return files.removeIf(f -> f.id() == file.id());
    }

    /** Every stored row, for assertions. */
    public synchronized List<MediaFile> all() {
        return List.copyOf(files);
    }
}
