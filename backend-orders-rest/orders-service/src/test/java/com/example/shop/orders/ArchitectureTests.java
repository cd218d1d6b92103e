package com.example.shop.orders;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;

import com.example.shop.testsupport.architecture.BackendArchitecture;

/** The backend rules over the orders service and its core (see the rules' javadoc). */
@AnalyzeClasses(packages = "com.example.shop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests extends BackendArchitecture {

}
