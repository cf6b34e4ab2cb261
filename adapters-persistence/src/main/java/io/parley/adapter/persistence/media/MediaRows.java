package io.parley.adapter.persistence.media;

import io.parley.adapter.persistence.Sql;
import io.parley.application.model.MediaFile;
import io.parley.application.model.Thumbnail;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import io.parley.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Reads {@code media} rows back into {@link MediaFile}s. */
public final class MediaRows {
    private MediaRows() {}

    /** A row selected with all of {@code media}'s columns. */
    public static MediaFile file(ResultSet row) throws SQLException {
        Long uploader = Sql.nullableLong(row, "uploader_id");
        Long thumbSize = Sql.nullableLong(row, "thumb_size");
        return new MediaFile(
                row.getLong("id"),
                new MediaOwner(
                        OwnerKind.valueOf(row.getString("owner_kind").toUpperCase(Locale.ROOT)),
                        row.getLong("owner_id")),
                MediaKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
                new StoredName(row.getString("stored_name")),
                row.getString("original_name"),
                row.getString("mime"),
                row.getLong("size"),
                row.getString("sha256"),
                uploader == null ? null : UserId.of(uploader),
                Sql.instant(row, "created_at"),
                thumbSize == null ? null : new Thumbnail(thumbSize, row.getString("thumb_sha256")));
    }
}
