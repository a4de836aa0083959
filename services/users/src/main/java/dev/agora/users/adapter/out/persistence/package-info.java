/** Profiles and addresses in the users' own database. */
@NullMarked
package dev.agora.users.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
