package dev.fovea.app.desktop.backend;

/** @param randomWeights a test or benchmark export: finds colours, not photos */
public record InstalledModel(String id, String displayName, long sizeBytes, boolean randomWeights) {}
