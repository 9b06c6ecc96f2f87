package org.clustercomposer.app.live;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.libvirt.Domain;
import org.libvirt.jna.DomainPointer;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The two libvirt calls the Java binding (0.5.4) lacks: virDomainStartDirtyRateCalc and
 * virDomainListGetStats (for the "dirtyrate.*" stats). Called through JNA on the binding's own
 * domain pointer, which the binding keeps package-private, so it is read by reflection.
 */
final class DirtyRateCalls {

    /** VIR_DOMAIN_STATS_DIRTYRATE (libvirt-domain.h, since 7.2.0). */
    private static final int STATS_DIRTYRATE = 1 << 9;
    /** sizeof(virTypedParameter): char field[80], int type, 4 bytes padding, an 8-byte union. */
    private static final int TYPED_PARAMETER_SIZE = 96;

    private interface Api extends Library {
        int virDomainStartDirtyRateCalc(DomainPointer domain, int seconds, int flags);

        int virDomainListGetStats(Pointer[] domains, int stats, PointerByReference records, int flags);

        void virDomainStatsRecordListFree(Pointer records);
    }

    private static final Api API = Native.load("virt", Api.class);

    private DirtyRateCalls() {
    }

    static boolean start(Domain domain, int seconds) {
        return API.virDomainStartDirtyRateCalc(pointer(domain), seconds, 0) == 0;
    }

    /** The domain's "dirtyrate.*" stats as numbers (strings left out); empty when the call fails. */
    static Map<String, Double> stats(Domain domain) {
        Map<String, Double> values = new HashMap<>();
        Pointer[] domains = {pointer(domain).getPointer(), null};
        PointerByReference records = new PointerByReference();
        if (API.virDomainListGetStats(domains, STATS_DIRTYRATE, records, 0) < 0 || records.getValue() == null) {
            return values;
        }
        try {
            Pointer record = records.getValue().getPointer(0);
            if (record == null) {
                return values;
            }
            // struct virDomainStatsRecord { virDomainPtr dom; virTypedParameterPtr params; int nparams; }
            Pointer params = record.getPointer(Native.POINTER_SIZE);
            int count = record.getInt(2L * Native.POINTER_SIZE);
            for (int i = 0; i < count; i++) {
                Pointer p = params.share((long) i * TYPED_PARAMETER_SIZE);
                String field = new String(p.getByteArray(0, 80), StandardCharsets.US_ASCII).split("\0", 2)[0];
                int type = p.getInt(80);
                Double value = switch (type) {
                    case 1 -> (double) p.getInt(88);
                    case 2 -> (double) Integer.toUnsignedLong(p.getInt(88));
                    case 3, 4 -> (double) p.getLong(88);
                    case 5 -> p.getDouble(88);
                    default -> null;
                };
                if (value != null) {
                    values.put(field, value);
                }
            }
        } finally {
            API.virDomainStatsRecordListFree(records.getValue());
        }
        return values;
    }

    private static DomainPointer pointer(Domain domain) {
        try {
            Field field = Domain.class.getDeclaredField("vdp");
            field.setAccessible(true);
            return (DomainPointer) field.get(domain);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this libvirt binding keeps its domain pointer elsewhere", e);
        }
    }
}
