/**
 * Workarounds at the Netty level for Micronaut 4.10's WebSocket upgrade, kept apart from the sockets themselves so
 * they can go as a whole; docs/adr/0007-framework-workarounds.md says what each works around and when it can go.
 */
package io.parley.adapter.websocket.netty;
