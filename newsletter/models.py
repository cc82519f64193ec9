# Newsletter issues and subscriptions arrive with their own issues (see the tracker).
