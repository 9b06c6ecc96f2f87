package org.clustercomposer.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.clustercomposer.analysis.evacuation.EvacuationPlanner;
import org.clustercomposer.analysis.evacuation.Move;
import org.clustercomposer.analysis.evacuation.PlanCost;
import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.units.Dimension;

/**
 * A number a student is asked for, computed by the engine on the design as it is when the answer is
 * checked (never written into the lesson): a migration's figure as {@code cluster-composer drain}
 * and the canvas's move preview compute it (the move's path and bandwidth after the other traffic),
 * or the size of an SSI domain.
 *
 * @param figure what is asked
 * @param vm     the VM that moves (migration figures), or the SSI domain (members)
 * @param to     the destination host (migration figures), or null
 * @param method how it moves (migration figures)
 */
public record EngineNumber(Figure figure, String vm, String to, MigrationMethod method) {

    /** What can be asked, as lesson files name it, with the dimension a typed answer is read in. */
    public enum Figure {
        MIGRATION_DOWNTIME("migration-downtime", "the downtime of moving %s to %s", Dimension.DURATION),
        MIGRATION_TIME("migration-time", "the total time of moving %s to %s", Dimension.DURATION),
        MIGRATION_ROUNDS("migration-rounds", "the number of copy rounds moving %s to %s", null),
        MIGRATION_DATA("migration-data", "the data sent moving %s to %s", Dimension.SIZE),
        SSI_MEMBERS("ssi-members", "the number of nodes of %s", null);

        private final String key;
        private final String question;
        private final Dimension dimension;

        Figure(String key, String question, Dimension dimension) {
            this.key = key;
            this.question = question;
            this.dimension = dimension;
        }

        public String key() {
            return key;
        }

        /** The dimension of the answer, or null for a count. */
        public Dimension dimension() {
            return dimension;
        }

        public boolean isMigration() {
            return this != SSI_MEMBERS;
        }

        public static Optional<Figure> of(String key) {
            return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
        }
    }

    /** "the downtime of moving a-node-3 to xen-2". */
    public String describe(Scenario s) {
        return figure.isMigration() ? String.format(figure.question, LessonText.name(s, vm), LessonText.name(s, to))
                : String.format(figure.question, LessonText.name(s, vm));
    }

    /** The engine's value on this design, or why there is none (the VM is already there, no room). */
    public Value compute(Scenario s) {
        if (!figure.isMigration()) {
            Optional<SsiDomain> d = s.ssiDomain(vm);
            return d.map(domain -> Value.of(domain.members().size()))
                    .orElseGet(() -> Value.none("there is no SSI domain " + vm));
        }
        Optional<Vm> v = s.vm(vm);
        if (v.isEmpty()) {
            return Value.none("there is no VM " + vm);
        }
        String from = v.get().placedOn();
        if (to.equals(from)) {
            return Value.none(LessonText.name(s, vm) + " is already on " + LessonText.name(s, to));
        }
        PlanCost plan = EvacuationPlanner.of(method).apply(s, List.of(new Move(vm, from, to)));
        if (plan.moves().isEmpty()) {
            return Value.none(plan.refused().isEmpty() ? "the move cannot run" : plan.refused().get(0));
        }
        MigrationCost c = plan.moves().get(0).cost();
        return Value.of(switch (figure) {
            case MIGRATION_DOWNTIME -> c.downtimeSeconds();
            case MIGRATION_TIME -> c.totalSeconds();
            case MIGRATION_ROUNDS -> c.rounds();
            case MIGRATION_DATA -> c.bytesSent();
            case SSI_MEMBERS -> throw new IllegalStateException("not a migration figure");
        });
    }

    /** A computed number, or the reason the engine has none. */
    public record Value(double value, String missing) {

        static Value of(double v) {
            return new Value(v, null);
        }

        static Value none(String why) {
            return new Value(Double.NaN, why);
        }

        public boolean present() {
            return missing == null;
        }
    }
}
