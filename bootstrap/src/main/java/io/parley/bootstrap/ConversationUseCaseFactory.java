package io.parley.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.parley.application.chat.DeletePrivateChatService;
import io.parley.application.chat.DeletePrivateChatUseCase;
import io.parley.application.chat.GetPrivateChatService;
import io.parley.application.chat.GetPrivateChatUseCase;
import io.parley.application.chat.ListChatsService;
import io.parley.application.chat.ListChatsUseCase;
import io.parley.application.chat.OpenPrivateChatService;
import io.parley.application.chat.OpenPrivateChatUseCase;
import io.parley.application.commit.GroupCommit;
import io.parley.application.group.AddGroupMembersService;
import io.parley.application.group.AddGroupMembersUseCase;
import io.parley.application.group.ChangeGroupRoleService;
import io.parley.application.group.ChangeGroupRoleUseCase;
import io.parley.application.group.ChangeGroupVisibilityService;
import io.parley.application.group.ChangeGroupVisibilityUseCase;
import io.parley.application.group.CreateGroupService;
import io.parley.application.group.CreateGroupUseCase;
import io.parley.application.group.DeleteGroupService;
import io.parley.application.group.DeleteGroupUseCase;
import io.parley.application.group.GetGroupService;
import io.parley.application.group.GetGroupUseCase;
import io.parley.application.group.JoinGroupByInviteService;
import io.parley.application.group.JoinGroupByInviteUseCase;
import io.parley.application.group.JoinPublicGroupService;
import io.parley.application.group.JoinPublicGroupUseCase;
import io.parley.application.group.LeaveGroupService;
import io.parley.application.group.LeaveGroupUseCase;
import io.parley.application.group.ManageInviteLinksService;
import io.parley.application.group.ManageInviteLinksUseCase;
import io.parley.application.group.RemoveGroupMembersService;
import io.parley.application.group.RemoveGroupMembersUseCase;
import io.parley.application.group.TransferGroupOwnershipService;
import io.parley.application.group.TransferGroupOwnershipUseCase;
import io.parley.application.group.UpdateGroupService;
import io.parley.application.group.UpdateGroupUseCase;
import io.parley.application.message.DeleteMessageService;
import io.parley.application.message.DeleteMessageUseCase;
import io.parley.application.message.EditMessageService;
import io.parley.application.message.EditMessageUseCase;
import io.parley.application.message.ListMessagesService;
import io.parley.application.message.ListMessagesUseCase;
import io.parley.application.message.MarkReadService;
import io.parley.application.message.MarkReadUseCase;
import io.parley.application.message.MarkUnreadService;
import io.parley.application.message.MarkUnreadUseCase;
import io.parley.application.message.ReactToMessageService;
import io.parley.application.message.ReactToMessageUseCase;
import io.parley.application.message.SendDirectMessageService;
import io.parley.application.message.SendDirectMessageUseCase;
import io.parley.application.message.SendMessageService;
import io.parley.application.message.SendMessageUseCase;
import io.parley.application.port.BatchTransactionRunner;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.InviteLinkRepository;
import io.parley.application.port.MediaRepository;
import io.parley.application.port.MediaStore;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.ReactionRepository;
import io.parley.application.port.ThreadRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.domain.reaction.ReactionLimits;
import jakarta.inject.Singleton;
import java.time.Duration;

/** The conversation use cases (private chats, groups, messages) as beans, each exposed only as its in-port. */
@Factory
final class ConversationUseCaseFactory {

    @Singleton
    OpenPrivateChatUseCase openPrivateChat(
            ChatRepository chats, UserRepository users, TransactionRunner tx, EventPublisher events, Clock clock) {
        return new OpenPrivateChatService(chats, users, tx, events, clock);
    }

    @Singleton
    GetPrivateChatUseCase getPrivateChat(ChatRepository chats, TransactionRunner tx) {
        return new GetPrivateChatService(chats, tx);
    }

    @Singleton
    DeletePrivateChatUseCase deletePrivateChat(
            ChatRepository chats, TransactionRunner tx, EventPublisher events, MediaStore media) {
        return new DeletePrivateChatService(chats, tx, events, media);
    }

    @Singleton
    ListChatsUseCase listChats(ChatRepository chats, PresenceTracker presence) {
        return new ListChatsService(chats, presence);
    }

    @Singleton
    CreateGroupUseCase createGroup(
            ChatRepository chats, UserRepository users, TransactionRunner tx, EventPublisher events, Clock clock) {
        return new CreateGroupService(chats, users, tx, events, clock);
    }

    @Singleton
    GetGroupUseCase getGroup(ChatRepository chats, TransactionRunner tx) {
        return new GetGroupService(chats, tx);
    }

    @Singleton
    UpdateGroupUseCase updateGroup(ChatRepository chats, TransactionRunner tx, EventPublisher events) {
        return new UpdateGroupService(chats, tx, events);
    }

    @Singleton
    AddGroupMembersUseCase addGroupMembers(
            ChatRepository chats, UserRepository users, TransactionRunner tx, EventPublisher events, Clock clock) {
        return new AddGroupMembersService(chats, users, tx, events, clock);
    }

    @Singleton
    RemoveGroupMembersUseCase removeGroupMembers(ChatRepository chats, TransactionRunner tx, EventPublisher events) {
        return new RemoveGroupMembersService(chats, tx, events);
    }

    @Singleton
    LeaveGroupUseCase leaveGroup(ChatRepository chats, TransactionRunner tx, EventPublisher events, MediaStore media) {
        return new LeaveGroupService(chats, tx, events, media);
    }

    @Singleton
    TransferGroupOwnershipUseCase transferGroupOwnership(
            ChatRepository chats, TransactionRunner tx, EventPublisher events) {
        return new TransferGroupOwnershipService(chats, tx, events);
    }

    @Singleton
    ChangeGroupRoleUseCase changeGroupRole(ChatRepository chats, TransactionRunner tx, EventPublisher events) {
        return new ChangeGroupRoleService(chats, tx, events);
    }

    @Singleton
    ManageInviteLinksUseCase manageInviteLinks(
            ChatRepository chats, InviteLinkRepository links, TransactionRunner tx, Clock clock) {
        return new ManageInviteLinksService(chats, links, tx, clock);
    }

    @Singleton
    JoinGroupByInviteUseCase joinGroupByInvite(
            ChatRepository chats,
            InviteLinkRepository links,
            TransactionRunner tx,
            EventPublisher events,
            Clock clock) {
        return new JoinGroupByInviteService(chats, links, tx, events, clock);
    }

    @Singleton
    ChangeGroupVisibilityUseCase changeGroupVisibility(
            ChatRepository chats, TransactionRunner tx, EventPublisher events) {
        return new ChangeGroupVisibilityService(chats, tx, events);
    }

    @Singleton
    JoinPublicGroupUseCase joinPublicGroup(
            ChatRepository chats, TransactionRunner tx, EventPublisher events, Clock clock) {
        return new JoinPublicGroupService(chats, tx, events, clock);
    }

    @Singleton
    DeleteGroupUseCase deleteGroup(
            ChatRepository chats, TransactionRunner tx, EventPublisher events, MediaStore media) {
        return new DeleteGroupService(chats, tx, events, media);
    }

    @Singleton
    SendMessageUseCase sendMessage(
            ChatRepository chats,
            MessageRepository messages,
            MediaRepository media,
            MediaStore store,
            ThreadRepository threads,
            UserRepository users,
            TransactionRunner tx,
            EventPublisher events,
            PresenceTracker presence,
            Clock clock,
            GroupCommit sends,
            LimitSettings limits) {
        return new SendMessageService(
                chats,
                messages,
                media,
                store,
                threads,
                users,
                tx,
                events,
                presence,
                clock,
                sends,
                limits.mentionsPerMessage());
    }

    /** The batching writer of sends: PARLEY_SEND_BATCH_* in the README's settings table. */
    @Singleton
    @Bean(preDestroy = "close")
    GroupCommit sendGroupCommit(
            BatchTransactionRunner tx,
            EventPublisher events,
            @Value("${parley.send.batch-lanes:4}") int lanes,
            @Value("${parley.send.batch-size:64}") int batchSize,
            @Value("${parley.send.batch-window:0ms}") Duration window,
            @Value("${parley.send.batch-queue:10000}") int queue) {
        return new GroupCommit(tx, events, lanes, batchSize, window, queue);
    }

    @Singleton
    SendDirectMessageUseCase sendDirectMessage(
            OpenPrivateChatUseCase openChat,
            SendMessageUseCase send,
            ChatRepository chats,
            MessageRepository messages,
            UserRepository users) {
        return new SendDirectMessageService(openChat, send, chats, messages, users);
    }

    @Singleton
    ListMessagesUseCase listMessages(
            ChatRepository chats, MessageRepository messages, TransactionRunner tx, PresenceTracker presence) {
        return new ListMessagesService(chats, messages, tx, presence);
    }

    @Singleton
    EditMessageUseCase editMessage(
            ChatRepository chats,
            MessageRepository messages,
            TransactionRunner tx,
            EventPublisher events,
            PresenceTracker presence,
            Clock clock,
            LimitSettings limits) {
        return new EditMessageService(chats, messages, tx, events, presence, clock, limits.mentionsPerMessage());
    }

    @Singleton
    ReactToMessageUseCase reactToMessage(
            ChatRepository chats,
            MessageRepository messages,
            ReactionRepository reactions,
            TransactionRunner tx,
            EventPublisher events,
            LimitSettings limits,
            Clock clock) {
        return new ReactToMessageService(
                chats,
                messages,
                reactions,
                tx,
                events,
                new IcuEmojiDictionary(),
                new ReactionLimits(limits.reactionKindsPerMessage(), limits.reactionsPerUserPerMessage()),
                clock);
    }

    @Singleton
    DeleteMessageUseCase deleteMessage(
            ChatRepository chats,
            MessageRepository messages,
            UserRepository users,
            TransactionRunner tx,
            EventPublisher events,
            Clock clock) {
        return new DeleteMessageService(chats, messages, users, tx, events, clock);
    }

    @Singleton
    MarkReadUseCase markRead(
            ChatRepository chats,
            MessageRepository messages,
            UserRepository users,
            TransactionRunner tx,
            EventPublisher events,
            Clock clock) {
        return new MarkReadService(chats, messages, users, tx, events, clock);
    }

    @Singleton
    MarkUnreadUseCase markUnread(
            ChatRepository chats,
            MessageRepository messages,
            UserRepository users,
            TransactionRunner tx,
            EventPublisher events,
            Clock clock) {
        return new MarkUnreadService(chats, messages, users, tx, events, clock);
    }
}
