/** What inventory's use cases need from outside, named by capability. */
@NullMarked
package dev.agora.inventory.application.port;

import org.jspecify.annotations.NullMarked;
