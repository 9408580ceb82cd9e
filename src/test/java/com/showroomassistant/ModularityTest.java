package com.showroomassistant;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module arrows honest and writes the module diagrams, committed under docs/modules. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ShowroomAssistantApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() throws java.io.IOException {
        new Documenter(modules, "docs/modules").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        // the documenter writes the arrows in no fixed order: sorted, the committed diagrams change only with the code
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("docs/modules"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                var lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(file));
                var arrows = lines.stream()
                        .filter(l -> l.startsWith("Rel("))
                        .sorted()
                        .iterator();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith("Rel(")) {
                        lines.set(i, arrows.next());
                    }
                }
                java.nio.file.Files.write(file, lines);
            }
        }
    }
}
