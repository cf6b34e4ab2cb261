package io.parley.adapter.persistence.media;

import io.micronaut.data.exceptions.DataAccessException;
import io.parley.adapter.persistence.ForeignKeyViolation;
import io.parley.adapter.persistence.Sql;
import io.parley.adapter.persistence.UniqueViolation;
import io.parley.application.model.MediaFile;
import io.parley.application.port.MediaRepository;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaOwnerGoneException;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Media metadata in PostgreSQL; a chat's rows cascade with the chat, a user's with the user. */
@Singleton
public final class JdbcMediaRepository implements MediaRepository {
    private final Sql sql;

    public JdbcMediaRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long nextMediaId() {
        return sql.number("select nextval('media_id_seq')");
    }

    @Override
    public void add(MediaFile file) {
        boolean user = file.owner().kind() == OwnerKind.USER;
        try {
            sql.update(
                    """
                    insert into media (id, owner_kind, owner_id, chat_id, user_id, kind, stored_name, original_name,
                                       mime, size, sha256, uploader_id, created_at, thumb_size, thumb_sha256)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    file.id(),
                    name(file.owner().kind()),
                    file.owner().id(),
                    user ? null : file.owner().id(),
                    user ? file.owner().id() : null,
                    name(file.kind()),
                    file.name().value(),
                    file.originalName(),
                    file.mime(),
                    file.size(),
                    file.sha256(),
                    file.uploader() == null ? null : file.uploader().value(),
                    file.createdAt(),
                    file.thumbnail() == null ? null : file.thumbnail().size(),
                    file.thumbnail() == null ? null : file.thumbnail().sha256());
        } catch (DataAccessException e) {
            if (UniqueViolation.constraintOf(e).filter("media_name_key"::equals).isPresent()) {
                throw new IllegalStateException("media name " + file.name().value() + " is taken", e);
            }
            if (ForeignKeyViolation.in(e)) {
                // the chat, group or user row went between the upload's membership check and this insert
                throw new MediaOwnerGoneException(file.owner());
            }
            throw e;
        }
    }

    @Override
    public Optional<MediaFile> find(MediaOwner owner, MediaKind kind, StoredName name) {
        return sql.one(
                "select * from media where owner_kind = ? and owner_id = ? and kind = ? and stored_name = ?",
                MediaRows::file,
                name(owner.kind()),
                owner.id(),
                name(kind),
                name.value());
    }

    @Override
    public List<MediaFile> list(MediaOwner owner, Set<MediaKind> kinds, int limit, long offset) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        String in =
                String.join(", ", kinds.stream().map(k -> "'" + name(k) + "'").toList());
        // the kinds are enum names, never input, so they can be written into the statement
        return sql.list(
                "select * from media where owner_kind = ? and owner_id = ? and kind in (" + in + ")"
                        + " order by created_at desc, id desc limit ? offset ?",
                MediaRows::file,
                name(owner.kind()),
                owner.id(),
                limit,
                offset);
    }

    @Override
    public boolean delete(MediaFile file) {
        return sql.update("delete from media where id = ?", file.id()) == 1;
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
