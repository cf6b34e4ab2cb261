package io.parley.archfixture.adapter.chatty;

import io.parley.archfixture.adapter.quiet.QuietAdapter;

/** A deliberately wrong adapter: it calls another adapter instead of going through a port. */
public final class ChattyAdapter {
    public String ask() {
        return new QuietAdapter().answer();
    }
}
