package dev.agora.catalog.adapter.in.web;

import java.util.List;

public record CategoryList(List<CategoryResponse> items) {}
