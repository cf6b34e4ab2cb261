package io.parley.application.message;

import io.parley.application.event.ReadPointerMoved.ReadByAll;
import io.parley.application.model.LatestByAuthor;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.domain.chat.ChatId;
import io.parley.domain.message.ReadHorizon.ReadPointer;
import io.parley.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;

/** Works out which messages a moved read pointer made read by everyone, so their authors can be told (seed 003). */
final class ReadReceipts {
    private final ChatRepository chats;
    private final MessageRepository messages;

    ReadReceipts(ChatRepository chats, MessageRepository messages) {
        this.chats = chats;
        this.messages = messages;
    }

    /**
     * Per author, the newest message that became read by every other member when {@code reader}'s pointer moved from
     * {@code before} to {@code after}; call inside the transaction that moved it. A message above {@code before} was
     * unread by the reader until now, so it is newly read exactly when every other member is now past it.
     */
    List<ReadByAll> newlyReadByAll(ChatId chat, UserId reader, long before, long after) {
        List<ReadPointer> lowest = chats.readHorizon(chat).lowest();
        if (after <= before || lowest.isEmpty()) {
            return List.of();
        }
        UserId lowestReader = lowest.get(0).reader();
        List<ReadByAll> read = new ArrayList<>();
        // for any author but the lowest reader, everyone else has read up to the lowest pointer
        for (LatestByAuthor latest :
                messages.latestPerAuthor(chat, before, Math.min(lowest.get(0).seq(), after))) {
            if (!latest.author().equals(reader) && !latest.author().equals(lowestReader)) {
                read.add(new ReadByAll(latest.author(), latest.id().value(), latest.seq()));
            }
        }
        // the lowest reader's own messages count as read up to the second-lowest pointer
        if (!lowestReader.equals(reader) && lowest.size() > 1) {
            for (LatestByAuthor latest : messages.latestPerAuthor(
                    chat, before, Math.min(lowest.get(1).seq(), after))) {
                if (latest.author().equals(lowestReader)) {
                    read.add(new ReadByAll(latest.author(), latest.id().value(), latest.seq()));
                }
            }
        }
        return read;
    }
}
