package org.clustercomposer.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.clustercomposer.simulation.event.EventQueue;
import org.clustercomposer.simulation.event.FlowWakeup;
import org.clustercomposer.simulation.event.HostFailure;
import org.clustercomposer.simulation.event.SimEvent;
import org.clustercomposer.simulation.event.Tick;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    @Test
    void ordersByTimeThenPriorityThenSchedulingOrder() {
        EventQueue q = new EventQueue();
        q.schedule(5, new Tick(1));
        q.schedule(5, new FlowWakeup(7));
        q.schedule(5, new HostFailure(2));
        q.schedule(1, new Tick(0));
        q.schedule(5, new HostFailure(3));
        List<SimEvent> order = new ArrayList<>();
        while (!q.isEmpty()) {
            order.add(q.poll());
        }
        assertEquals(List.of(new Tick(0), new HostFailure(2), new HostFailure(3), new FlowWakeup(7), new Tick(1)),
                order);
    }

    @Test
    void popsManyRandomTimesInNonDecreasingOrder() {
        EventQueue q = new EventQueue();
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 10_000; i++) {
            q.schedule(r.nextInt(500), new Tick(i));
        }
        double last = -1;
        int lastStep = -1;
        while (!q.isEmpty()) {
            double t = q.peekTime();
            Tick tick = (Tick) q.poll();
            assertTrue(t >= last);
            if (t == last) {
                assertTrue(tick.step() > lastStep, "same time keeps scheduling order");
            }
            last = t;
            lastStep = tick.step();
        }
    }

    @Test
    void refusesTimesThatAreNotFinite() {
        EventQueue q = new EventQueue();
        assertThrows(IllegalArgumentException.class, () -> q.schedule(Double.NaN, new Tick(0)));
        assertThrows(IllegalArgumentException.class, () -> q.schedule(-1, new Tick(0)));
    }
}
