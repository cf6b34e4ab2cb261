package io.parley.domain.chat;

import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A conversation with a name, one owner, admins who help the owner moderate it, and members. */
public final class Group {
    private static final Comparator<Member> SENIORITY =
            Comparator.comparing(Member::joinedAt).thenComparing(m -> m.user().value());

    private final ChatId id;
    private final GroupName name;
    private final GroupDescription description;
    private final List<Member> members;
    private final Instant createdAt;
    private final boolean open;

    private Group(
            ChatId id,
            GroupName name,
            GroupDescription description,
            List<Member> members,
            Instant createdAt,
            boolean open) {
        this.open = open;
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.members = members.stream().sorted(SENIORITY).toList();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (this.members.stream().filter(m -> m.role() == MemberRole.OWNER).count() != 1) {
            throw new IllegalStateException("group " + id + " must have exactly one owner");
        }
    }

    /** A new group owned by its creator; invitees (the creator among them or not) join as members. */
    public static Group start(
            ChatId id,
            UserId owner,
            GroupName name,
            GroupDescription description,
            Collection<UserId> invitees,
            Instant now) {
        List<Member> members = new ArrayList<>();
        members.add(new Member(owner, MemberRole.OWNER, now));
        new LinkedHashSet<>(invitees)
                .stream()
                        .filter(u -> !u.equals(owner))
                        .forEach(u -> members.add(new Member(u, MemberRole.MEMBER, now)));
        return new Group(id, name, description, members, now, false);
    }

    /** Rebuilds a group from storage. */
    public static Group rehydrate(
            ChatId id, GroupName name, GroupDescription description, List<Member> members, Instant createdAt) {
        return rehydrate(id, name, description, members, createdAt, false);
    }

    /** Rebuilds a group from storage, public ({@code open}: anyone may join by themselves) or not. */
    public static Group rehydrate(
            ChatId id,
            GroupName name,
            GroupDescription description,
            List<Member> members,
            Instant createdAt,
            boolean open) {
        return new Group(id, name, description, members, createdAt, open);
    }

    /** Renames the group and/or changes its description (null keeps a value); owner or admins. */
    public Group changeDetails(UserId actor, GroupName newName, GroupDescription newDescription) {
        requireModerator(actor);
        return new Group(
                id,
                newName != null ? newName : name,
                newDescription != null ? newDescription : description,
                members,
                createdAt,
                open);
    }

    /** Adds users as members; owner or admins; if any of them is a member already, nobody is added. */
    public Group addMembers(UserId actor, Collection<UserId> users, Instant now) {
        requireModerator(actor);
        Set<UserId> distinct = new LinkedHashSet<>(users);
        List<UserId> present = distinct.stream().filter(this::hasMember).toList();
        if (!present.isEmpty()) {
            throw new AlreadyGroupMemberException(present);
        }
        List<Member> grown = new ArrayList<>(members);
        distinct.forEach(u -> grown.add(new Member(u, MemberRole.MEMBER, now)));
        return new Group(id, name, description, grown, createdAt, open);
    }

    /** The group with {@code user} joined by themselves (through an invite link or a public group). */
    public Group join(UserId user, Instant now) {
        if (hasMember(user)) {
            throw new AlreadyGroupMemberException(List.of(user));
        }
        List<Member> grown = new ArrayList<>(members);
        grown.add(new Member(user, MemberRole.MEMBER, now));
        return new Group(id, name, description, grown, createdAt, open);
    }

    /**
     * Removes members; owner or admins (an admin only plain members, the owner admins too); the owner cannot be
     * removed; if any is not a member, nobody is removed.
     */
    public Group removeMembers(UserId actor, Collection<UserId> users) {
        requireModerator(actor);
        Set<UserId> distinct = new LinkedHashSet<>(users);
        List<UserId> absent = distinct.stream().filter(u -> !hasMember(u)).toList();
        if (!absent.isEmpty()) {
            throw new NotGroupMemberException(absent);
        }
        if (distinct.contains(owner())) {
            throw new OwnerNotRemovableException();
        }
        if (!actor.equals(owner()) && distinct.stream().anyMatch(u -> roleOf(u) == MemberRole.ADMIN)) {
            throw new NotGroupOwnerException(id);
        }
        return new Group(
                id,
                name,
                description,
                members.stream().filter(m -> !distinct.contains(m.user())).toList(),
                createdAt,
                open);
    }

    /**
     * The group after {@code actor} leaves it; an owner who leaves hands the group to the longest-standing member;
     * empty when the last member left and the group is gone.
     */
    public Optional<Group> leave(UserId actor) {
        requireMember(actor);
        List<Member> rest =
                members.stream().filter(m -> !m.user().equals(actor)).toList();
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        if (!actor.equals(owner())) {
            return Optional.of(new Group(id, name, description, rest, createdAt, open));
        }
        UserId heir = rest.get(0).user();
        return Optional.of(new Group(id, name, description, withOwner(rest, heir), createdAt, open));
    }

    /** Hands ownership to another member; owner only; the former owner stays as a member. */
    public Group transferOwnership(UserId actor, UserId newOwner) {
        requireOwner(actor);
        if (!hasMember(newOwner)) {
            throw new NotGroupMemberException(List.of(newOwner));
        }
        return new Group(id, name, description, withOwner(members, newOwner), createdAt, open);
    }

    /** Makes a member an admin; owner only; an admin already stays one; the owner's own role is fixed. */
    public Group appointAdmin(UserId actor, UserId user) {
        return withRoleOf(actor, user, MemberRole.ADMIN);
    }

    /** Makes an admin a plain member again; owner only; a plain member stays one; the owner's own role is fixed. */
    public Group dismissAdmin(UserId actor, UserId user) {
        return withRoleOf(actor, user, MemberRole.MEMBER);
    }

    /** Checks that {@code actor} may change the group's picture: its owner or an admin. */
    public void checkPictureChangeableBy(UserId actor) {
        requireModerator(actor);
    }

    /** Checks that {@code actor} moderates the group (owner or admin): the one check of "owner or admin". */
    public void checkModeratedBy(UserId actor) {
        requireModerator(actor);
    }

    /** The group made public (anyone signed in may join it) or private again; owner or admins. */
    public Group changeOpenness(UserId actor, boolean nowOpen) {
        requireModerator(actor);
        return new Group(id, name, description, members, createdAt, nowOpen);
    }

    /**
     * The group with {@code user} joined by themselves because it is public (seed 004's join); a private group
     * answers an outsider as if it did not exist.
     */
    public Group joinPublic(UserId user, Instant now) {
        if (!open && !hasMember(user)) {
            throw ChatAddress.group(id.value()).notFound();
        }
        return join(user, now);
    }

    /** Whether anyone signed in may join by themselves. */
    public boolean isPublic() {
        return open;
    }

    /** Checks that {@code actor} may delete the whole group: only its owner may. */
    public void checkDeletableBy(UserId actor) {
        requireOwner(actor);
    }

    private Group withRoleOf(UserId actor, UserId user, MemberRole role) {
        requireOwner(actor);
        if (!hasMember(user)) {
            throw new NotGroupMemberException(List.of(user));
        }
        if (user.equals(owner())) {
            throw new OwnerRoleFixedException();
        }
        List<Member> changed = members.stream()
                .map(m -> m.user().equals(user) ? m.as(role) : m)
                .toList();
        return new Group(id, name, description, changed, createdAt, open);
    }

    /** The new owner takes over; the former owner becomes a plain member; admins stay admins. */
    private static List<Member> withOwner(List<Member> members, UserId owner) {
        return members.stream()
                .map(m -> m.user().equals(owner)
                        ? m.as(MemberRole.OWNER)
                        : m.role() == MemberRole.OWNER ? m.as(MemberRole.MEMBER) : m)
                .toList();
    }

    private void requireMember(UserId actor) {
        if (!hasMember(actor)) {
            throw ChatAddress.group(id.value()).notFound();
        }
    }

    private void requireModerator(UserId actor) {
        requireMember(actor);
        if (!roleOf(actor).moderates()) {
            throw NotGroupOwnerException.norAdmin(id);
        }
    }

    private void requireOwner(UserId actor) {
        requireMember(actor);
        if (!actor.equals(owner())) {
            throw new NotGroupOwnerException(id);
        }
    }

    public boolean hasMember(UserId user) {
        return members.stream().anyMatch(m -> m.user().equals(user));
    }

    /** The member's role; the user must be a member. */
    public MemberRole roleOf(UserId user) {
        return members.stream()
                .filter(m -> m.user().equals(user))
                .findFirst()
                .orElseThrow(() -> new NotGroupMemberException(List.of(user)))
                .role();
    }

    /** The admins, longest-standing first (the owner is not among them). */
    public List<UserId> admins() {
        return members.stream()
                .filter(m -> m.role() == MemberRole.ADMIN)
                .map(Member::user)
                .toList();
    }

    public UserId owner() {
        return members.stream()
                .filter(m -> m.role() == MemberRole.OWNER)
                .findFirst()
                .orElseThrow()
                .user();
    }

    /** Members from the longest-standing to the newest. */
    public List<Member> members() {
        return members;
    }

    public List<UserId> memberIds() {
        return members.stream().map(Member::user).toList();
    }

    public ChatId id() {
        return id;
    }

    public GroupName name() {
        return name;
    }

    public GroupDescription description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
