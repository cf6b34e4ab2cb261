package io.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The users and groups of a workload, created over REST: {@code groups} groups of {@code size} members each. */
final class Population {
    record User(int index, long id, String token) {}

    record Group(int index, long chatId, List<User> members) {}

    final List<User> users;
    final List<Group> groups;
    /** For every user, the index of the one group they belong to. */
    final int[] groupOfUser;
    /** For every user, their position among that group's members. */
    private final int[] slotOfUser;

    private Population(List<User> users, List<Group> groups) {
        this.users = users;
        this.groups = groups;
        this.groupOfUser = new int[users.size()];
        this.slotOfUser = new int[users.size()];
        for (Group group : groups) {
            for (int slot = 0; slot < group.members().size(); slot++) {
                groupOfUser[group.members().get(slot).index()] = group.index();
                slotOfUser[group.members().get(slot).index()] = slot;
            }
        }
    }

    /** A population made elsewhere (the ejabberd peer's users and rooms). */
    static Population of(List<User> users, List<Group> groups) {
        return new Population(users, groups);
    }

    /** The user's position in {@code group}, or -1 when they are not a member (or no user of this population). */
    int slotIn(Group group, int userIndex) {
        if (userIndex < 0 || userIndex >= users.size() || groupOfUser[userIndex] != group.index()) {
            return -1;
        }
        return slotOfUser[userIndex];
    }

    static Population create(Rest rest, int groups, int size, String runId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<User>> pending = new ArrayList<>();
            for (int i = 0; i < groups * size; i++) {
                int index = i;
                pending.add(pool.submit(() -> register(rest, index, runId)));
            }
            List<User> users = new ArrayList<>();
            for (Future<User> user : pending) {
                users.add(user.get());
            }
            List<Future<Group>> made = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                List<User> members = users.subList(g * size, (g + 1) * size);
                int index = g;
                made.add(pool.submit(() -> group(rest, index, members)));
            }
            List<Group> all = new ArrayList<>();
            for (Future<Group> group : made) {
                all.add(group.get());
            }
            return new Population(users, all);
        } finally {
            pool.shutdownNow();
        }
    }

    private static User register(Rest rest, int index, String runId) {
        JsonNode answer = rest.post(
                "/api/v1/auth/register",
                null,
                Map.of("username", "b" + runId + "_" + index, "password", "bench password " + index));
        return new User(
                index,
                answer.path("user").path("id").asLong(),
                answer.path("access_token").asText());
    }

    private static Group group(Rest rest, int index, List<User> members) {
        List<Map<String, Long>> others = new ArrayList<>();
        for (User member : members.subList(1, members.size())) {
            others.add(Map.of("id", member.id()));
        }
        JsonNode answer =
                rest.post("/api/v1/group", members.get(0).token(), Map.of("name", "bench " + index, "users", others));
        return new Group(index, answer.path("group").path("id").asLong(), List.copyOf(members));
    }
}
