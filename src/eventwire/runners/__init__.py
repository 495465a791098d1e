"""Runners: drive the pipeline over inputs and write into the store."""
