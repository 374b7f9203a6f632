// Package samtemplate holds the checks of the deployment template
// (template.yaml at the repository root); it has no code of its own.
package samtemplate
