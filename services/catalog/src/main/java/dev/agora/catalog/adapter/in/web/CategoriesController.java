package dev.agora.catalog.adapter.in.web;

import dev.agora.catalog.application.ListCategories;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/categories", produces = "application/json")
@Tag(name = "Categories")
class CategoriesController {

    private final ListCategories listCategories;

    CategoriesController(ListCategories listCategories) {
        this.listCategories = listCategories;
    }

    @GetMapping
    @Operation(summary = "All categories, in name order, with their product counts")
    CategoryList list() {
        return new CategoryList(
                listCategories.list().stream().map(CategoryResponse::of).toList());
    }
}
