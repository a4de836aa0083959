package dev.agora.users.domain;

import java.util.List;

/** One page of a search of the profiles. */
public record ProfilePage(List<Profile> items, int page, int size, long totalItems) {}
