/** What the users' use cases need from outside besides their repositories: telling the other services. */
@NullMarked
package dev.agora.users.application.port;

import org.jspecify.annotations.NullMarked;
