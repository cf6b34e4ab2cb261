package io.parley.adapter.redis;

import io.micronaut.serde.annotation.SerdeImport;
import io.parley.application.event.CallMembershipChanged;
import io.parley.application.event.CallSignal;
import io.parley.application.event.CallStateChanged;
import io.parley.application.event.ChatCreated;
import io.parley.application.event.ChatDeleted;
import io.parley.application.event.ChatSettingsChanged;
import io.parley.application.event.GroupChanged;
import io.parley.application.event.MarkedUnread;
import io.parley.application.event.MembersAdded;
import io.parley.application.event.MembersRemoved;
import io.parley.application.event.MessageDeleted;
import io.parley.application.event.MessageEdited;
import io.parley.application.event.MessageSent;
import io.parley.application.event.PinChange;
import io.parley.application.event.PresenceChanged;
import io.parley.application.event.ReactionChange;
import io.parley.application.event.ReadPointerMoved;
import io.parley.application.event.SessionsEnded;
import io.parley.application.event.ThreadReadMoved;
import io.parley.application.event.TypingChanged;
import io.parley.application.model.AttachmentView;
import io.parley.application.model.CallParticipant;
import io.parley.application.model.ForwardView;
import io.parley.application.model.GroupView;
import io.parley.application.model.MentionsView;
import io.parley.application.model.MessageView;
import io.parley.application.model.PinView;
import io.parley.application.model.QuoteView;
import io.parley.application.model.ReactionCount;
import io.parley.application.model.ThreadSummaryView;
import io.parley.application.model.ThreadView;
import io.parley.domain.auth.SessionId;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaRef;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;

/** Makes the application's events and the values inside them (de)serializable here, leaving those modules plain. */
@SerdeImport(MessageSent.class)
@SerdeImport(MessageEdited.class)
@SerdeImport(MessageDeleted.class)
@SerdeImport(ReadPointerMoved.class)
@SerdeImport(ReadPointerMoved.ReadByAll.class)
@SerdeImport(MarkedUnread.class)
@SerdeImport(ThreadReadMoved.class)
@SerdeImport(ChatSettingsChanged.class)
@SerdeImport(ChatCreated.class)
@SerdeImport(ChatDeleted.class)
@SerdeImport(MembersAdded.class)
@SerdeImport(MembersRemoved.class)
@SerdeImport(GroupChanged.class)
@SerdeImport(TypingChanged.class)
@SerdeImport(PresenceChanged.class)
@SerdeImport(SessionsEnded.class)
@SerdeImport(CallSignal.class)
@SerdeImport(CallMembershipChanged.class)
@SerdeImport(CallStateChanged.class)
@SerdeImport(CallParticipant.class)
@SerdeImport(SessionId.class)
@SerdeImport(MessageView.class)
@SerdeImport(QuoteView.class)
@SerdeImport(ReactionCount.class)
@SerdeImport(ReactionChange.class)
@SerdeImport(PinChange.class)
@SerdeImport(MentionsView.class)
@SerdeImport(PinView.class)
@SerdeImport(ForwardView.class)
@SerdeImport(ThreadView.class)
@SerdeImport(ThreadSummaryView.class)
@SerdeImport(ThreadSummaryView.LastReply.class)
@SerdeImport(AttachmentView.class)
@SerdeImport(MediaRef.class)
@SerdeImport(MediaOwner.class)
@SerdeImport(StoredName.class)
@SerdeImport(MediaKind.class)
@SerdeImport(OwnerKind.class)
@SerdeImport(GroupView.class)
@SerdeImport(ChatId.class)
@SerdeImport(UserId.class)
@SerdeImport(MessageId.class)
@SerdeImport(ChatKind.class)
final class SerdeImports {
    private SerdeImports() {}
}
