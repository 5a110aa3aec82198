package dev.hmspec.cli;
