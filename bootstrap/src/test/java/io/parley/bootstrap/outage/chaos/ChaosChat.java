package io.parley.bootstrap.outage.chaos;

import java.util.List;

/** A private chat or group of the chaos test: its id, its REST prefix and the crowd's indexes of its members. */
public record ChaosChat(long id, String path, List<Integer> members) {}
