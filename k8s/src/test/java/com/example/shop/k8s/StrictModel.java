package com.example.shop.k8s;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * What fabric8's model accepted but does not know: a field it kept in
 * {@code additionalProperties} (a misspelt or misplaced field, which the API server would
 * drop or refuse), or a kind it has no class for.
 */
final class StrictModel {

	private StrictModel() {
	}

	/** The paths of every unknown field below {@code object}; empty when all is known. */
	static List<String> unknownFields(Object object) {
		List<String> found = new ArrayList<>();
		walk(object, "", found, new IdentityHashMap<>());
		return found;
	}

	private static void walk(Object object, String path, List<String> found, Map<Object, Boolean> seen) {
		if (object == null || seen.put(object, true) != null) {
			return;
		}
		if (object instanceof GenericKubernetesResource generic) {
			found.add(path + " (kind " + generic.getKind() + " unknown to the model)");
			return;
		}
		if (object instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				walk(item, path + "[" + i++ + "]", found, seen);
			}
			return;
		}
		if (object instanceof Map<?, ?> map) {
			map.forEach((key, value) -> walk(value, path + "." + key, found, seen));
			return;
		}
		if (!object.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
			return;
		}
		for (Method getter : object.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
					|| !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
				continue;
			}
			Object value = invoke(getter, object);
			if (getter.getName().equals("getAdditionalProperties")) {
				if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
					extra.keySet().forEach((key) -> found.add(path + "." + key));
				}
			}
			else {
				walk(value, path + "." + field(getter), found, seen);
			}
		}
	}

	private static Object invoke(Method getter, Object target) {
		try {
			return getter.invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(getter + " on " + target.getClass(), ex);
		}
	}

	private static String field(Method getter) {
		String name = getter.getName().substring(3);
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
