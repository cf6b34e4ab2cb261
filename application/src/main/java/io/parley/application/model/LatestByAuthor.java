package io.parley.application.model;

import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;

/** An author's newest message within some range of seqs. */
public record LatestByAuthor(UserId author, MessageId id, long seq) {}
