package io.parley.application.port;

import io.parley.application.fake.InMemoryMediaStore;

class InMemoryMediaStoreTest extends MediaStoreContract {
    private final InMemoryMediaStore store = new InMemoryMediaStore();

    @Override
    protected MediaStore store() {
        return store;
    }
}
