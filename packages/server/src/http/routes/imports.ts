export const importRoutes = async () => {};
