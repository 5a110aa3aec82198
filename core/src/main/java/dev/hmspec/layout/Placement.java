package dev.hmspec.layout;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/** Where the place pass put each node and track, looked up by identity. */
public final class Placement {
    private final Map<Object, Bounds> boxes = new IdentityHashMap<>();

    public void put(Object node, Bounds b) { boxes.put(node, b); }

    public Optional<Bounds> find(Object node) { return Optional.ofNullable(boxes.get(node)); }

    public Bounds of(Object node) {
        Bounds b = boxes.get(node);
        if (b == null) throw new IllegalStateException("not placed: " + node);
        return b;
    }
}
