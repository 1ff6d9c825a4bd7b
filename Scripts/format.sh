#!/usr/bin/env bash
# Formats the Swift sources with the repository's .swift-format, then checks them as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."
swift format format --in-place --recursive Sources Tests Package.swift
swift format lint --strict --recursive Sources Tests Package.swift
