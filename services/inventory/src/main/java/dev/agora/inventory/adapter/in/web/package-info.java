/** The REST API of inventory: the stock view for admins, and inventory's error codes. */
@NullMarked
package dev.agora.inventory.adapter.in.web;

import org.jspecify.annotations.NullMarked;
