package io.parley.application.fake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The fake behind the use cases of an adapter's tests (each use case bean hands its command to {@link #handle}):
 * records each command or query the adapter passes in, and answers with what the test arranged for that command's
 * type. A command nobody arranged fails loudly.
 */
public final class ScriptedUseCases {
    private final Map<Class<?>, Function<Object, Object>> answers = new ConcurrentHashMap<>();
    private final List<Object> received = new CopyOnWriteArrayList<>();

    /** From now on, a command of {@code type} is answered by {@code answer} (which may throw a domain error). */
    public <C> void answer(Class<C> type, Function<? super C, ?> answer) {
        answers.put(type, command -> answer.apply(type.cast(command)));
    }

    /** Forgets every arranged answer and every received command. */
    public void reset() {
        answers.clear();
        received.clear();
    }

    /** Every command or query received since the last reset, oldest first. */
    public List<Object> received() {
        return List.copyOf(received);
    }

    /** The only command of {@code type} received since the last reset. */
    public <C> C only(Class<C> type) {
        List<C> matching =
                received.stream().filter(type::isInstance).map(type::cast).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + ", received " + received);
        }
        return matching.get(0);
    }

    /** Records {@code command} and answers it as arranged for its type. */
    @SuppressWarnings("unchecked")
    public <R> R handle(Object command) {
        received.add(command);
        Function<Object, Object> answer = answers.get(command.getClass());
        if (answer == null) {
            throw new IllegalStateException(
                    "no answer arranged for " + command.getClass().getSimpleName());
        }
        return (R) answer.apply(command);
    }
}
